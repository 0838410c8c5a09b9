// Published processes under a root (all of them when $prefix is empty) that, on $date, have no
// owner (gaps) or have an owner but no lead (the owner acts as processledare). The condition is
// RoleRules.isGap, written in Cypher so that a model of thousands of processes is filtered where it
// is stored rather than shipped to the service. One expansion and one aggregation per process,
// rather than a subquery per role kind: a third less time over 10,000 processes. Only people hold
// OWNER and LEAD (RoleService writes them), so p is not checked for its label.
MATCH (e:Process)
WHERE e.status = 'PUBLISHED' AND (e.code = $root OR e.code STARTS WITH $prefix)
OPTIONAL MATCH (p)-[r:OWNER|LEAD]->(e)
WHERE r.from <= $date AND (r.to IS NULL OR r.to >= $date)
WITH e,
     collect(CASE type(r) WHEN 'OWNER' THEN {from: r.from, person: p} END) AS owners,
     count(CASE type(r) WHEN 'LEAD' THEN 1 END) > 0 AS hasLead
WHERE size(owners) = 0 OR NOT hasLead
WITH e, hasLead,
     reduce(last = null, o IN owners |
       CASE WHEN last IS NULL OR o.from > last.from THEN o ELSE last END).person AS o
RETURN e.code AS code, e.name AS name, o {.id, .name, .title} AS owner, hasLead
ORDER BY e.sortKey
