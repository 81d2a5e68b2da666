import { companyEn } from "./company.en.ts";
import { editorEn } from "./editor.en.ts";
import { heatmapEn } from "./heatmap.en.ts";
import { tasksEn } from "./tasks.en.ts";

/** English texts. zh-CN.ts has exactly the same keys (the type and i18n.test.ts both check). */
export const en = {
  brand: {
    name: "Enclave",
    localName: "园区",
    tagline: "The 3D park where gig experts, authorities and companies meet",
  },
  language: {
    label: "Language",
    en: "English",
    "zh-CN": "中文",
  },
  landing: {
    eyebrow: "Industrial community parks, online",
    title: "Walk into your park.",
    lead: "Meet the people of your park as avatars: browse company booths, find tasks in the demand hall, book an expert for a talk, and follow launches on the stage, from any browser.",
    features: {
      walk: "Walk the park with the people in it",
      tasks: "Find tasks that fit your skills",
      experts: "Meet certified experts and companies",
    },
    parksTitle: "Parks",
    parksLead: "Choose a park to enter.",
    parksLoading: "Loading parks…",
    parksEmpty: "There are no parks yet.",
    parksFailed: "The parks could not be loaded.",
    retry: "Try again",
    onlineCount: "{{count}} online",
    enter: "Enter",
    enterPark: "Enter {{name}}",
    signInToEnter: "Sign in or enter as a guest to walk in.",
    footer: "Enclave runs entirely on your park's own server.",
  },
  auth: {
    title: "Welcome",
    tabs: "How to enter",
    signIn: "Sign in",
    register: "Register",
    guest: "Guest",
    username: "Username",
    usernameHint: "3–24 characters: letters, digits, dot, dash, underscore",
    displayName: "Display name",
    displayNameHint: "How others see you in the park",
    guestNameHint: "Optional: leave empty for a generated name",
    password: "Password",
    passwordHint: "At least 8 characters",
    submitSignIn: "Sign in",
    submitRegister: "Create account",
    submitGuest: "Enter as guest",
    guestLead: "Look around without an account. You can register later.",
    working: "One moment…",
    signedInAs: "Signed in as",
    signOut: "Sign out",
  },
  roles: {
    guest: "Guest",
    resident: "Resident",
    manager: "Manager",
  },
  errors: {
    username_taken: "That username is already taken.",
    wrong_credentials: "Wrong username or password.",
    unauthenticated: "Your session has ended. Please sign in again.",
    park_not_found: "There is no such park.",
    network: "The server cannot be reached. Check your connection and try again.",
    bad_response: "The server gave an unexpected answer. Please try again.",
    invalid_request: "Please check what you entered: {{detail}}",
    field: "{{field}}: {{rule}}.",
    rules: {
      username: "3–24 characters, using letters, digits, dot, dash or underscore",
      displayName: "1–32 characters",
      password: "at least 8 characters",
    },
    generic: "Something went wrong: {{detail}}",
  },
  park: {
    loading: "Entering the park…",
    online: "{{count}} online",
    people: "People here",
    you: "you",
    away: "away",
    emotes: "Emotes",
    emote: {
      wave: "Wave",
      clap: "Clap",
      cheer: "Cheer",
      dance: "Dance",
    },
    leave: "Leave park",
    reconnecting: "Connection lost, reconnecting…",
    replaced: "You entered this park from another tab or device, so this one was closed.",
    failed: "The connection to the park was closed.",
    retry: "Enter again",
    backToParks: "Back to parks",
    help: "WASD or arrow keys to walk · click the ground to walk there · drag to look around · scroll to zoom",
    map: "Park map",
    position: "Your position: {{x}} m east, {{z}} m south",
    hud: "Park controls",
  },
  chat: {
    title: "Chat",
    channels: "Chat channels",
    channel: {
      local: "Nearby",
      park: "Park",
    },
    unread: "{{count}} unread",
    show: "Show chat",
    hide: "Hide chat",
    empty: {
      local: "Nothing said nearby yet. People within {{radius}} m of you see what you write here.",
      park: "No messages in the park yet. Everyone in the park sees what you write here.",
    },
    placeholder: {
      local: "Say something to people nearby…",
      park: "Message everyone in the park…",
    },
    input: {
      local: "Message to people nearby",
      park: "Message to everyone in the park",
    },
    send: "Send",
    counter: "{{count}} of {{max}} characters",
    registerToChat: "Register to chat",
    guestHint: "Guests can read along. Register to chat.",
    refused: {
      empty: "Type a message first",
      tooLong: "Message too long (at most {{max}} characters)",
      tooFast: "You are sending too fast — wait {{seconds}} s",
      notAllowed: "Register to chat",
      malformed: "That message could not be sent",
      unavailable: "Chat is unavailable just now — please try again",
    },
    dismiss: "Dismiss",
  },
  notFound: {
    title: "Page not found",
    body: "This address does not lead anywhere in Enclave.",
    home: "Go to the start page",
  },
  settings: {
    open: "Settings",
    title: "Settings",
    close: "Close settings",
    language: "Language",
    quality: "Graphics quality",
    qualities: {
      high: "High",
      balanced: "Balanced",
      low: "Low",
    },
    qualityHints: {
      high: "Shadows, sharpest picture",
      balanced: "Shadows, standard sharpness",
      low: "No shadows, lighter on the device",
    },
  },
  loading: {
    title: "Entering the park…",
    progress: "Entering the park",
    percent: "{{percent}}%",
    steps: {
      layout: "Fetching the park layout",
      room: "Connecting to the park",
      state: "Receiving who is here",
      position: "Finding your position",
      scene: "Building the 3D scene",
    },
  },
  touch: {
    joystick: "Walk: drag the stick in the direction to go",
  },
  /** Companies, booths, profiles and cards: company.en.ts. */
  company: companyEn,
  /** The park editor: editor.en.ts. */
  editor: editorEn,
  /** The demand hall: tasks.en.ts. */
  tasks: tasksEn,
  /** The manager's heatmap overlay in the park: heatmap.en.ts. */
  heatmap: heatmapEn,
};

/** The shape every language fills: the same keys, any wording. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
export type Resources = Texts<typeof en>;
