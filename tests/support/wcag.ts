/** The axe rule tags of WCAG 2.2 level AA, for every axe run (browser and component tests). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
