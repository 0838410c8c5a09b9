// Takes the write lock on each element a batch of role and allocation writes goes to, counting
// the writes as lock-element does one at a time ($rows: code and number of writes).
UNWIND $rows AS row
MATCH (e:Element {code: row.code})
SET e.roleWrites = coalesce(e.roleWrites, 0) + row.writes
RETURN count(e) AS locked
