// Every organisational unit with its parent and the number of people in it, by id (ids follow the
// tree: klf, klf-ekonomi, klf-ekonomi-redovisning).
MATCH (o:OrgUnit)
OPTIONAL MATCH (o)-[:PART_OF]->(parent:OrgUnit)
RETURN o.id AS id, o.name AS name, o.kind AS kind, parent.id AS parentId,
       COUNT { (:Person)-[:MEMBER_OF]->(o) } AS people
ORDER BY o.id
