// People whose allocations that hold on $date, plus the shares of assignments they take part in
// ($extra: person id → percent, from the relational store), add up to more than $maxPercent, with
// each allocation, the pool it comes from and that pool's resursägare, and the process's owner on
// the date: the people who resolve the conflict together.
MATCH (p:Person)
WHERE p.id IN $extraIds
   OR EXISTS {
     MATCH (p)-[a:ALLOCATED]->(:Element)
     WHERE a.from <= $date AND (a.to IS NULL OR a.to >= $date)
   }
OPTIONAL MATCH (p)-[a:ALLOCATED]->(:Element)
WHERE a.from <= $date AND (a.to IS NULL OR a.to >= $date)
WITH p, coalesce(sum(a.percent), 0) + coalesce($extra[p.id], 0) AS total
WHERE total > $maxPercent
OPTIONAL MATCH (p)-[a:ALLOCATED]->(e:Element)
WHERE a.from <= $date AND (a.to IS NULL OR a.to >= $date)
OPTIONAL MATCH (ro:Person)-[:OWNS_POOL]->(pool:ResourcePool {id: a.pool})
WITH p, total, a, e, pool, ro,
     COLLECT {
       MATCH (o:Person)-[r:OWNER]->(e)
       WHERE r.from <= $date AND (r.to IS NULL OR r.to >= $date)
       RETURN o {.id, .name, .title} ORDER BY r.from DESC
     } AS owners
ORDER BY e.sortKey, a.pool
WITH p, total,
     collect(CASE WHEN a IS NULL THEN null ELSE
             {code: e.code, name: e.name, percent: a.percent, from: a.from, to: a.to,
              poolId: a.pool, pool: pool {.id, .name, .competence},
              resourceOwner: ro {.id, .name, .title}, processOwner: head(owners)} END) AS allocations
ORDER BY p.name, p.id
RETURN p {.id, .name, .title} AS person, total, allocations
