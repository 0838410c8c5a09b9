// The open validity intervals (no end version yet) of what a change may have touched: elements,
// roles and allocations on $codes or below $prefixes, the people $people, pools $pools, units
// $units and steering groups $groups.
CALL () {
  UNWIND $codes AS code
  MATCH (h:History {code: code})
  WHERE h.to IS NULL
  RETURN h
  UNION
  UNWIND $prefixes AS prefix
  MATCH (h:History)
  WHERE h.code STARTS WITH prefix AND h.to IS NULL
  RETURN h
  UNION
  UNWIND $people AS pid
  MATCH (h:History {kind: 'person', key: pid})
  WHERE h.to IS NULL
  RETURN h
  UNION
  UNWIND $pools AS pool
  MATCH (h:History {kind: 'pool', key: pool})
  WHERE h.to IS NULL
  RETURN h
  UNION
  UNWIND $units AS unit
  MATCH (h:History {kind: 'unit', key: unit})
  WHERE h.to IS NULL
  RETURN h
  UNION
  UNWIND $groups AS gid
  MATCH (h:History {kind: 'group', key: gid})
  WHERE h.to IS NULL
  RETURN h
}
RETURN elementId(h) AS id, h.kind AS kind, h.key AS key, h.data AS data
