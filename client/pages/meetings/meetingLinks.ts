/** The booking form's address, with what to fill in: ?room=…&task=…&with=…&start=… */
export const bookingPath = (params: Record<string, string>): string => `/meetings/new?${new URLSearchParams(params)}`;

/** The rooms page, showing one park. */
export const roomsPath = (parkId: string): string => `/rooms?park=${encodeURIComponent(parkId)}`;
