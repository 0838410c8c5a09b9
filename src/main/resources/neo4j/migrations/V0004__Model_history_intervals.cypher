CREATE INDEX history_code IF NOT EXISTS FOR (h:History) ON (h.code);
CREATE INDEX history_kind_key IF NOT EXISTS FOR (h:History) ON (h.kind, h.key);
CREATE INDEX history_from IF NOT EXISTS FOR (h:History) ON (h.from);
CREATE INDEX applied_change_id IF NOT EXISTS FOR (c:AppliedChange) ON (c.id);
CREATE INDEX history_to IF NOT EXISTS FOR (h:History) ON (h.to);
