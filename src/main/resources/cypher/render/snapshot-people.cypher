// Every person, with the organisational unit they belong to, for a diagram snapshot.
MATCH (p:Person)
OPTIONAL MATCH (p)-[:MEMBER_OF]->(o:OrgUnit)
RETURN p.id AS id, p.name AS name, p.title AS title, p.email AS email, head(collect(o.id)) AS unit,
       p.managerId AS manager
ORDER BY id
