const f = ({ a }) => a
