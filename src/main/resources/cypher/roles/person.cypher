// One person with every role, allocation, pool and steering group they have had or have, for every
// date; the caller picks what holds on the date it asks about.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
CALL (p) {
  OPTIONAL MATCH (p)-[r:OWNER|LEAD|TEAM_MEMBER]->(e:Element)
  OPTIONAL MATCH (d:Person {id: r.delegatedBy})
  WITH r, e, d ORDER BY e.sortKey, r.from
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    kind: type(r), code: e.code, name: e.name, level: e.level, status: e.status,
    from: r.from, to: r.to, competence: r.competence,
    delegatedBy: d {.id, .name, .title}, delegatedAt: r.delegatedAt} END) AS roles
}
CALL (p) {
  OPTIONAL MATCH (p)-[a:ALLOCATED]->(e:Element)
  OPTIONAL MATCH (owner:Person)-[:OWNS_POOL]->(pool:ResourcePool {id: a.pool})
  WITH a, e, pool, owner ORDER BY e.sortKey, a.from
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {
    code: e.code, name: e.name, percent: a.percent, from: a.from, to: a.to, poolId: a.pool,
    pool: pool {.id, .name, .competence}, poolOwner: owner {.id, .name, .title}} END) AS allocations
}
CALL (p) {
  OPTIONAL MATCH (p)-[:OWNS_POOL]->(r:ResourcePool)
  WITH r ORDER BY r.name
  RETURN collect(r {.id, .name, .competence}) AS ownsPools
}
CALL (p) {
  OPTIONAL MATCH (p)-[:IN_POOL]->(r:ResourcePool)
  OPTIONAL MATCH (r)<-[:OWNS_POOL]-(owner:Person)
  WITH r, owner ORDER BY r.name
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    pool: r {.id, .name, .competence}, owner: owner {.id, .name, .title}} END) AS inPools
}
CALL (p) {
  OPTIONAL MATCH (p)-[:MEMBER_OF_GROUP]->(g:SteeringGroup)
  WITH g ORDER BY g.name
  RETURN collect(g {.id, .name, .kind}) AS groups
}
RETURN p {.id, .name, .title, .email} AS person, u {.id, .name, .kind} AS unit,
       roles, allocations, ownsPools, inPools, groups
