"""Printed documents (PDF): embedded fonts, GB/T 9704 page layout, tables and charts; one renderer per
document in documents/. Fed plain data by app.services.documents; never reads the database itself."""
