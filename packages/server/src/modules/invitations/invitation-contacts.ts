// An invitation's entry in the contact log: written when it is queued, taken back if its email fails.

export const invitationContactSource = (invitationId: string) => `invitation:${invitationId}`;
