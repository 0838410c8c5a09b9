// Which of the given elements and people were changed by a model version after $version.
CALL () {
  UNWIND $codes AS code
  MATCH (e:Element {code: code})
  WHERE e.changedIn > $version
  RETURN 'element' AS kind, e.code AS key, e.changedIn AS changedIn
  UNION ALL
  UNWIND $people AS pid
  MATCH (p:Person {id: pid})
  WHERE p.changedIn > $version
  RETURN 'person' AS kind, p.id AS key, p.changedIn AS changedIn
}
RETURN kind, key, changedIn
ORDER BY kind, key
