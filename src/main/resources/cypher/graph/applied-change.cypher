// The model version a change was applied as, if it has been: what makes applying it twice a no-op.
OPTIONAL MATCH (c:AppliedChange {id: $id})
RETURN c.version AS version
