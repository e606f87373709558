"""Who may do what: roles, moderation, scheduling, admin protection and upload rules."""
