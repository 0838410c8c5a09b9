// What an assignment refers to, read only (the graph is written by the change path alone): the
// people with the given ids and their unit, and the elements with the given codes.
CALL () {
  MATCH (p:Person) WHERE p.id IN $people
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(u:OrgUnit)
  RETURN collect({id: p.id, name: p.name, unitId: u.id, unitName: u.name, managerId: p.managerId})
    AS people
}
CALL () {
  MATCH (e:Element) WHERE e.code IN $codes
  RETURN collect({code: e.code, name: e.name, level: e.level}) AS elements
}
RETURN people, elements
