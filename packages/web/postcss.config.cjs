// PostCSS for Mantine: its mixins (light/dark, rtl) and rem() helpers.
module.exports = {
  plugins: {
    "postcss-preset-mantine": {},
  },
};
