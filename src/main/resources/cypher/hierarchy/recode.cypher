// Gives elements new codes (a moved element and its descendants); roles and allocations are
// relationships on the nodes, so they follow.
UNWIND $rows AS row
MATCH (n:Element {code: row.old})
SET n.code = row.new, n.sortKey = row.sortKey
RETURN count(n) AS recoded
