// placeholder
enum JSONPlaceholder {}
