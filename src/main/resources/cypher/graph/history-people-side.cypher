// The roles and allocations on the elements $codes, the people $people, the resource pools $pools,
// the organisational units $units, and the steering groups $groups or supporting an element with
// one of $codes or below one of $prefixes (a move recodes what a group supports), as they are now
// in the caller's transaction, each with the key of its validity interval. Dates are ISO text and
// lists are sorted, so that an unchanged thing compares equal.
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
  // The manager only when the organisation names one: a state without stays as it always was.
  RETURN 'person' AS kind, p.id AS key, null AS code,
         CASE WHEN p.managerId IS NULL
           THEN {id: p.id, name: p.name, title: p.title, email: p.email, unit: unit}
           ELSE {id: p.id, name: p.name, title: p.title, email: p.email, unit: unit,
                 manager: p.managerId}
         END AS data
  UNION ALL
  UNWIND $pools AS pool
  MATCH (r:ResourcePool {id: pool})
  OPTIONAL MATCH (o:Person)-[:OWNS_POOL]->(r)
  OPTIONAL MATCH (m:Person)-[:IN_POOL]->(r)
  WITH r, head(collect(DISTINCT o.id)) AS owner, collect(DISTINCT m.id) AS members
  RETURN 'pool' AS kind, r.id AS key, null AS code,
         {id: r.id, name: r.name, competence: r.competence, owner: owner, members: members} AS data
  UNION ALL
  UNWIND $units AS unit
  MATCH (o:OrgUnit {id: unit})
  OPTIONAL MATCH (o)-[:PART_OF]->(parent:OrgUnit)
  RETURN 'unit' AS kind, o.id AS key, null AS code,
         {id: o.id, name: o.name, kind: o.kind, parent: parent.id} AS data
  UNION ALL
  CALL () {
    UNWIND $groups AS gid
    MATCH (g:SteeringGroup {id: gid})
    RETURN g
    UNION
    UNWIND $codes AS code
    MATCH (g:SteeringGroup)-[:SUPPORTS]->(:Element {code: code})
    RETURN g
    UNION
    UNWIND $prefixes AS prefix
    MATCH (g:SteeringGroup)-[:SUPPORTS]->(e:Element)
    WHERE e.code STARTS WITH prefix
    RETURN g
  }
  CALL (g) {
    OPTIONAL MATCH (g)-[:SUPPORTS]->(e:Element)
    WITH e ORDER BY e.code
    RETURN collect(e.code) AS supports
  }
  CALL (g) {
    OPTIONAL MATCH (m:Person)-[:MEMBER_OF_GROUP]->(g)
    WITH m ORDER BY m.id
    RETURN collect(m.id) AS members
  }
  RETURN 'group' AS kind, g.id AS key, null AS code,
         {id: g.id, name: g.name, kind: g.kind, supports: supports, members: members} AS data
}
RETURN kind, key, code, data
