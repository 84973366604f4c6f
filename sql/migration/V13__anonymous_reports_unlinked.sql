-- Anonymous means unlinked: an anonymous report filed while a citizen was logged in used to be linked to the
-- account (and listed under "My reports"). The receipt is now the only way back to an anonymous report.
UPDATE report SET reporter_account_id = NULL WHERE anonymous = TRUE AND reporter_account_id IS NOT NULL;
