// The roles on one element on a date: current owner, current lead and the size of the team.
MATCH (e:Element {code: $code})
OPTIONAL MATCH (o:Person)-[ro:OWNER]->(e)
  WHERE ro.from <= $date AND (ro.to IS NULL OR ro.to >= $date)
OPTIONAL MATCH (l:Person)-[rl:LEAD]->(e)
  WHERE rl.from <= $date AND (rl.to IS NULL OR rl.to >= $date)
OPTIONAL MATCH (t:Person)-[rt:TEAM_MEMBER]->(e)
  WHERE rt.from <= $date AND (rt.to IS NULL OR rt.to >= $date)
RETURN head(collect(DISTINCT o {.id, .name, .title})) AS owner,
       head(collect(DISTINCT l {.id, .name, .title})) AS lead,
       count(DISTINCT t) AS teamSize
