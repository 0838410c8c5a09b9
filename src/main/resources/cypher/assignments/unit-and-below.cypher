// The ids of a unit and every unit below it, for filtering assignments by unit.
MATCH (u:OrgUnit {id: $unit})<-[:PART_OF*0..]-(s:OrgUnit)
RETURN collect(DISTINCT s.id) AS units
