/** Colours that read well on the park's ground and against each other. */
export const AVATAR_COLOURS = ["#e4572e", "#17bebb", "#ffc914", "#2e86ab", "#76b041", "#a23b72", "#f18f01", "#5c6bc0"] as const;

export const randomAvatarColour = (): string => AVATAR_COLOURS[Math.floor(Math.random() * AVATAR_COLOURS.length)]!;
