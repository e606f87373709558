"""Forms visitors send to the portal team: the peer-to-peer registration and the general contact
form, with GDPR handling."""
