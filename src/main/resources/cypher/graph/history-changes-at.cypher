// What model version $version changed: the intervals it opened (the state after) and the ones it
// closed (the state before), for the audit rows of an import or of a change finished by recovery.
CALL () {
  MATCH (h:History {from: $version})
  RETURN h.kind AS kind, h.key AS key, null AS before, h.data AS after
  UNION ALL
  MATCH (h:History {to: $version})
  RETURN h.kind AS kind, h.key AS key, h.data AS before, null AS after
}
RETURN kind, key, collect(before)[0] AS before, collect(after)[0] AS after
ORDER BY kind, key
