const n = 10n
