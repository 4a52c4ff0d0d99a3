/** The site's background (styles.css `--bg`): the browser's bar and a home-screen app's splash screen match it. */
export const themeColor = '#0f1115'
