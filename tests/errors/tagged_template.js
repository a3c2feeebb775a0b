tag`hello`
