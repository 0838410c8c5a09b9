// The roles and allocations on the elements $codes, the people $people and the resource pools
// $pools, as they are now in the caller's transaction, each with the key of its validity interval.
// Dates are ISO text, so that an unchanged thing compares equal.
CALL () {
  UNWIND $codes AS code
  MATCH (p:Person)-[r:OWNER|LEAD|TEAM_MEMBER]->(e:Element {code: code})
  RETURN 'role' AS kind,
         type(r) + '|' + e.code + '|' + p.id + '|' + toString(r.from) AS key,
         e.code AS code,
         {kind: type(r), person: p.id, element: e.code, from: toString(r.from),
          to: toString(r.to), competence: r.competence, delegatedBy: r.delegatedBy,
          delegatedAt: toString(r.delegatedAt)} AS data
  UNION ALL
  UNWIND $codes AS code
  MATCH (p:Person)-[a:ALLOCATED]->(e:Element {code: code})
  RETURN 'allocation' AS kind,
         p.id + '|' + e.code + '|' + a.pool + '|' + toString(a.from) AS key,
         e.code AS code,
         {person: p.id, element: e.code, pool: a.pool, percent: a.percent,
          from: toString(a.from), to: toString(a.to)} AS data
  UNION ALL
  UNWIND $people AS pid
  MATCH (p:Person {id: pid})
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(o:OrgUnit)
  WITH p, head(collect(o.id)) AS unit
  RETURN 'person' AS kind, p.id AS key, null AS code,
         {id: p.id, name: p.name, title: p.title, email: p.email, unit: unit} AS data
  UNION ALL
  UNWIND $pools AS pool
  MATCH (r:ResourcePool {id: pool})
  OPTIONAL MATCH (o:Person)-[:OWNS_POOL]->(r)
  OPTIONAL MATCH (m:Person)-[:IN_POOL]->(r)
  WITH r, head(collect(DISTINCT o.id)) AS owner, collect(DISTINCT m.id) AS members
  RETURN 'pool' AS kind, r.id AS key, null AS code,
         {id: r.id, name: r.name, competence: r.competence, owner: owner, members: members} AS data
}
RETURN kind, key, code, data
