ready: function go() {}
