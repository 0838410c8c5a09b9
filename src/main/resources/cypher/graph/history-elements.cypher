// The elements a change may have touched, as they are now in the caller's transaction: those with
// one of $codes, and every element below one of $prefixes (a moved subtree, at its old and new
// code). What the validity intervals of model versions are compared with.
CALL () {
  UNWIND $codes AS code
  MATCH (e:Element {code: code})
  RETURN e
  UNION
  UNWIND $prefixes AS prefix
  MATCH (e:Element)
  WHERE e.code STARTS WITH prefix
  RETURN e
}
OPTIONAL MATCH (e)-[:PART_OF]->(p:Element)
RETURN e.code AS code,
       e {.code, .name, .description, .purpose, .recipient, .status, parent: p.code} AS data
