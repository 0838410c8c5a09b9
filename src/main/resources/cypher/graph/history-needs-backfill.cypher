// What a store needs backfilled once: `needed` when the graph holds a model but no validity
// intervals (written before the graph kept them); `organisation` when it has intervals but none
// for its organisational units and steering groups (written before those were kept).
CALL () {
  MATCH (h:History)
  RETURN count(h) AS intervals
}
CALL () {
  MATCH (e:Element)
  RETURN count(e) AS elements
}
CALL () {
  OPTIONAL MATCH (o:OrgUnit)
  WITH o LIMIT 1
  OPTIONAL MATCH (g:SteeringGroup)
  WITH o, g LIMIT 1
  RETURN o IS NOT NULL OR g IS NOT NULL AS hasOrganisation
}
CALL () {
  OPTIONAL MATCH (h:History {kind: 'unit'})
  WITH h LIMIT 1
  OPTIONAL MATCH (k:History {kind: 'group'})
  WITH h, k LIMIT 1
  RETURN h IS NOT NULL OR k IS NOT NULL AS keptOrganisation
}
RETURN intervals = 0 AND elements > 0 AS needed,
       intervals > 0 AND hasOrganisation AND NOT keptOrganisation AS organisation
