for (const k in obj) {}
