const options = { retries = 3 };
