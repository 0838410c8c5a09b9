// One resource pool with its resursägare, its members and every allocation made from it, for every
// date; the caller picks what holds on the date it asks about.
MATCH (r:ResourcePool {id: $id})
OPTIONAL MATCH (owner:Person)-[:OWNS_POOL]->(r)
CALL (r) {
  OPTIONAL MATCH (m:Person)-[:IN_POOL]->(r)
  WITH m ORDER BY m.name
  RETURN collect(m {.id, .name, .title}) AS members
}
CALL (r) {
  OPTIONAL MATCH (p:Person)-[a:ALLOCATED {pool: r.id}]->(e:Element)
  WITH p, a, e ORDER BY e.sortKey, p.name, a.from
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {
    person: p {.id, .name, .title}, code: e.code, name: e.name, percent: a.percent,
    from: a.from, to: a.to} END) AS allocations
}
RETURN r {.id, .name, .competence} AS pool, owner {.id, .name, .title} AS owner, members,
       allocations
