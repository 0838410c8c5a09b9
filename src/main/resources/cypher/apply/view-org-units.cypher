// Those of the organisational units $ids that exist.
UNWIND $ids AS id
MATCH (o:OrgUnit {id: id})
RETURN o.id AS id
