if x { }
