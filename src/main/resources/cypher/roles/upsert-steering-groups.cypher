// Creates or updates steering groups, the elements they support and their members.
UNWIND $rows AS row
MERGE (g:SteeringGroup {id: row.id})
SET g.name = row.name, g.kind = row.kind
WITH g, row
OPTIONAL MATCH (g)-[old:SUPPORTS]->(:Element)
DELETE old
WITH DISTINCT g, row
OPTIONAL MATCH (g)<-[oldMember:MEMBER_OF_GROUP]-(:Person)
DELETE oldMember
WITH DISTINCT g, row
CALL (g, row) {
  UNWIND row.supports AS code
  MATCH (e:Element {code: code})
  MERGE (g)-[:SUPPORTS]->(e)
}
CALL (g, row) {
  UNWIND row.members AS memberId
  MATCH (m:Person {id: memberId})
  MERGE (m)-[:MEMBER_OF_GROUP]->(g)
}
RETURN count(g) AS written
