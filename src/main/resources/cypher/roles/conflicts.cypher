// People whose allocations that hold on $date add up to more than $maxPercent, with each
// allocation, the pool it comes from and that pool's resursägare, and the process's owner on the
// date: the people who resolve the conflict together.
MATCH (p:Person)-[a:ALLOCATED]->(:Element)
WHERE a.from <= $date AND (a.to IS NULL OR a.to >= $date)
WITH p, sum(a.percent) AS total
WHERE total > $maxPercent
MATCH (p)-[a:ALLOCATED]->(e:Element)
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
     collect({code: e.code, name: e.name, percent: a.percent, from: a.from, to: a.to,
              poolId: a.pool, pool: pool {.id, .name, .competence},
              resourceOwner: ro {.id, .name, .title}, processOwner: head(owners)}) AS allocations
ORDER BY p.name, p.id
RETURN p {.id, .name, .title} AS person, total, allocations
