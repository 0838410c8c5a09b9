// When each model version was applied, oldest first.
MATCH (c:AppliedChange)
RETURN c.version AS version, c.at AS at
ORDER BY version
