// Published processes under a root (all of them when $prefix is empty) that, on $date, have no
// owner (gaps) or have an owner but no lead (the owner acts as processledare). The condition is
// RoleRules.isGap, written in Cypher so that a model of thousands of processes is filtered where it
// is stored rather than shipped to the service.
MATCH (e:Process)
WHERE e.status = 'PUBLISHED' AND (e.code = $root OR e.code STARTS WITH $prefix)
WITH e,
     COLLECT {
       MATCH (o:Person)-[r:OWNER]->(e)
       WHERE r.from <= $date AND (r.to IS NULL OR r.to >= $date)
       RETURN o {.id, .name, .title} ORDER BY r.from DESC
     } AS owners,
     EXISTS {
       MATCH (:Person)-[r:LEAD]->(e)
       WHERE r.from <= $date AND (r.to IS NULL OR r.to >= $date)
     } AS hasLead
WHERE size(owners) = 0 OR NOT hasLead
RETURN e.code AS code, e.name AS name, head(owners) AS owner, hasLead
ORDER BY e.sortKey
