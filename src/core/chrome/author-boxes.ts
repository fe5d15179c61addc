// Author boxes: the template's box about the writer, set on every post — a portrait, the name, a short bio
// ("Über Kathrin — Hallo, ich bin Foodbloggerin …", "Inga Buller ist Head of Social & Community bei …",
// "Schreibt seit 2008 für die taz …"), often a "more about me" link. It is the site's, not the story: the view
// shows the byline in its header. The bio's words change from site to site and language to language, and it
// rarely opens with the byline's name, so the author-sign-off rule misses it; the name the template gives the
// box does not change: themes call it an author box, author bio, author info, about-the-author or a profile
// box (author-box, entry-author-info, TestReport__AuthorBox, m-a-box-profile, sect_profile-descr).
// Readability strips the classes, so the rule runs on the page, before it.
// Guard: a byline's length (under 100 characters: Readability reads it as the byline) stays; the name pairs
// a person word (author, Autor, auteur, autore, contributor, profile) with a box word (box, bio, info, about,
// card, blurb, description) as whole parts of the name; a bio's length; no headline, article or main inside
// and under three paragraphs of prose (a wrapper so named around the story stays); never in a comment
// (comment-author-info) or inside literal text.
import { classAndId } from '../dom';
import type { Rule } from '../rules/rule';
import { letterCount } from '../text';
import { findNamedBoxes } from './named-boxes';

const PERSON = new Set(['author', 'authors', 'autor', 'autorin', 'autoren', 'auteur', 'auteurs', 'autore', 'autori', 'contributor', 'profile']);
const BOX = new Set(['box', 'bio', 'biography', 'info', 'about', 'card', 'blurb', 'descr', 'description']);
/** A comment's word in a name: comment, comments, commentlist (not "commentary", an opinion piece's class). */
const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist']);
/** Readability takes a box so named of fewer characters for the byline (`_isValidByline`): it stays for that. */
const BYLINE_CHARS = 100;
/** Letters of a bio at most: the longest seen (a portrait, the name, three sentences and a "more" link) run to 600. */
const BIO_LETTERS = 1000;

/** The words of a class or id: split at dashes, underscores, digits and a camel-case hump (TestReport__AuthorBox). */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function named(el: Element): boolean {
  const name = classAndId(el);
  if (!name) return false;
  const lower = name.toLowerCase();
  if (!(lower.includes('aut') || lower.includes('profile') || lower.includes('contributor'))) return false;
  // Each class (or the id) on its own: "author-box" pairs its words, "author big-box" does not.
  for (const part of name.split(/\s+/)) {
    const words = nameWords(part);
    if (words.some((w) => COMMENT_WORDS.has(w))) continue;
    if (words.some((w) => PERSON.has(w)) && words.some((w) => BOX.has(w))) return true;
  }
  return false;
}

function inComment(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const cls = up.getAttribute('class');
    if (cls?.toLowerCase().includes('comment') && nameWords(cls).some((w) => COMMENT_WORDS.has(w))) return true;
  }
  return false;
}

export const authorBoxes: Rule = {
  name: 'author-boxes',
  kind: 'page-chrome',
  description: 'A box the template names for the author (author box, author bio or info, profile box) of a bio’s length, with no headline, article or main, under three paragraphs of prose, not in a comment.',
  find: (root) =>
    findNamedBoxes(root, {
      named,
      fits: (text) => text.length >= BYLINE_CHARS && letterCount(text) <= BIO_LETTERS,
      refuses: inComment,
      reason: 'the author’s box (portrait, name, bio) the template sets on every post',
    }),
};
