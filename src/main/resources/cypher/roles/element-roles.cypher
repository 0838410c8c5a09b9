// Everything about roles on one element, for every date: the owner and lead relationships on the
// element and on each of its ancestors ($lineage holds their codes), the element's team and
// allocations, and the steering groups supporting it or an ancestor. The caller picks what holds on
// the date it asks about, so that the rules are applied in one place (RoleRules).
MATCH (e:Element {code: $code})
CALL (e) {
  UNWIND $lineage AS code
  MATCH (x:Element {code: code})
  WITH x ORDER BY x.level
  RETURN collect(x {.code, .name, .level, .status}) AS line
}
CALL (e) {
  UNWIND $lineage AS code
  MATCH (p:Person)-[r:OWNER|LEAD]->(x:Element {code: code})
  OPTIONAL MATCH (d:Person {id: r.delegatedBy})
  WITH x, r, p, d ORDER BY x.level, r.from
  RETURN collect({kind: type(r), code: x.code, person: p {.id, .name, .title}, from: r.from,
                  to: r.to, delegatedBy: d {.id, .name, .title}, delegatedAt: r.delegatedAt})
         AS roles
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[r:TEAM_MEMBER]->(e)
  WITH p, r ORDER BY p.name, r.from
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    person: p {.id, .name, .title}, from: r.from, to: r.to, competence: r.competence} END) AS team
}
CALL (e) {
  OPTIONAL MATCH (p:Person)-[a:ALLOCATED]->(e)
  OPTIONAL MATCH (owner:Person)-[:OWNS_POOL]->(pool:ResourcePool {id: a.pool})
  WITH p, a, pool, owner ORDER BY p.name, a.from
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {
    person: p {.id, .name, .title}, percent: a.percent, from: a.from, to: a.to,
    pool: pool {.id, .name, .competence}, poolId: a.pool, poolOwner: owner {.id, .name, .title}}
    END) AS allocations
}
CALL (e) {
  UNWIND $lineage AS code
  MATCH (g:SteeringGroup)-[:SUPPORTS]->(:Element {code: code})
  WITH g, code ORDER BY size(code) DESC, g.name
  RETURN collect({id: g.id, name: g.name, kind: g.kind, supports: code}) AS groups
}
RETURN e.code AS code, line, roles, team, allocations, groups
