// Stylesheets have no effect in jsdom; components import them for Vite only.
module.exports = {};
