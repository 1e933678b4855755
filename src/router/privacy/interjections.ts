/**
 * Greetings and exclamations chat opens a message with, in the languages people mix into English, that the names lists
 * hold too ("Hallo", "Moin", "Shalom", "Bonjour", Nigerian "Oya", "Omo", Hindi "Arey", "Oye", Singlish "Wah", Māori "Kia
 * ora"), and the names of God people exclaim or thank ("thank Allah", "Jesus, what a week"): said, not someone spoken
 * to or about. Lower case, as compared.
 */
const INTERJECTIONS: ReadonlySet<string> = new Set(
  ('hallo hello hola hei hej moin servus salut bonjour ola olá oi ciao shalom selam salam salaam merhaba namaste kia ora aloha ' +
    'oya omo ayo shey kai haba ehen abeg arey arre oye acha yaar wah walao alamak aiyo aiyoo habibi yalla inshallah wallah ' +
    'mashallah ahoj privet zdravo halo tere labas sveiki szia moi allah jesus christ buddha waheguru yahweh jehovah').split(' '),
);

export function isInterjection(lower: string): boolean {
  return INTERJECTIONS.has(lower);
}
