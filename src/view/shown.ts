/**
 * The article on screen: its document (header, the popup's inline outline, the body), the outline's menu
 * and side renderings, and — once the body is whole — its sections paired with their headings, the links
 * to them, the reading tools and the corrections' hiding. A long body comes in after its first screen
 * (render/body.ts): meanwhile the outline is built from the article's outline entries, and whatever needs
 * a heading or the whole text (a jump, a section key, a link to copy, a correction) puts the rest in first,
 * with `whole()`. view.ts keeps the frame around it (bar, panels, keys, scroll-spy).
 */
import type { Article } from '../core/article';
import type { Corrections } from './corrections/index';
import { h } from './dom';
import { OutlineNav, type Section, type SectionPlan, addSectionLinks, planSections, resolveSections, samePlan } from './outline/index';
import { type ArticleBody, type BodyOptions, headingsOf, renderArticleParts } from './render/index';
import type { ReadingTools } from './tools';

export interface ShownHost {
  popup: boolean;
  outlinePanel: HTMLElement;
  side: HTMLElement;
  tools: ReadingTools;
  corrections: Corrections;
  /** A section picked in an outline (its index in `sections`; the body is whole by then). */
  pick(index: number): void;
  closePanels(): void;
  copied(ok: boolean, section: Section): void;
  /** The body is whole, its sections known: start following the reading. */
  whole(shown: ShownArticle): void;
}

export class ShownArticle {
  /** The `<article>` for the reading area. */
  readonly doc: HTMLElement;
  readonly body: ArticleBody;
  /** The sections with their headings: empty until the body is whole. */
  sections: Section[] = [];
  navs: OutlineNav[] = [];
  private plan: SectionPlan[];

  constructor(
    readonly article: Article,
    private readonly host: ShownHost,
    options: BodyOptions = {},
  ) {
    const parts = renderArticleParts(article, options);
    this.body = parts.body;
    this.doc = h('article', { class: 'doc', lang: article.lang, dir: article.dir }, parts.header);
    // A whole body gives the outline its sections now; a long one, the plan of them until it is whole.
    this.plan = this.body.complete ? this.resolve() : planSections(article.outline);
    this.buildNavs(this.plan);
    this.doc.appendChild(this.body.element);
  }

  /** Once the document is on the page: wires the corrections, and the rest waits for the body to be whole. */
  start(): void {
    this.host.corrections.show(this.article, this.body.element, this.body);
    this.body.whenWhole(() => this.onWhole());
  }

  /** Puts the rest of a long body in now (a no-op once it is whole). */
  whole(): void {
    this.body.finish();
  }

  /** Another result replaces this one. */
  cancel(): void {
    this.body.cancel();
  }

  private resolve(): Section[] {
    this.sections = resolveSections(this.article.outline, headingsOf(this.body.element));
    addSectionLinks(this.sections, this.article.url, this.host.copied);
    return this.sections;
  }

  private buildNavs(plan: SectionPlan[]): void {
    const { host, article } = this;
    const onPick = (index: number) => {
      const id = plan[index]?.entry.id;
      host.closePanels();
      this.whole();
      // The outline may have been built again as the body became whole: the same section, by its id.
      const same = plan === this.sections || samePlan(plan, this.sections);
      host.pick(same ? index : this.sections.findIndex((s) => s.entry.id === id));
    };
    for (const nav of this.navs) nav.element.remove();
    this.navs = [];
    if (!plan.length) return;
    const menu = new OutlineNav(plan, 'menu', { onPick, onEscape: host.closePanels });
    Object.assign(menu.element, { dir: article.dir, lang: article.lang ?? '' });
    host.outlinePanel.replaceChildren(menu.element);
    this.navs.push(menu);
    if (host.popup) {
      const inline = new OutlineNav(plan, 'inline', { onPick });
      this.doc.insertBefore(inline.element, this.body.element.parentNode === this.doc ? this.body.element : null);
      this.navs.push(inline);
    } else {
      const side = new OutlineNav(plan, 'side', { onPick });
      host.side.replaceChildren(side.element);
      this.navs.push(side);
    }
  }

  private onWhole(): void {
    if (this.plan !== this.sections) {
      // The first screen's outline came from the plan: kept when every entry found its heading.
      const planned = this.plan;
      this.resolve();
      if (!samePlan(planned, this.sections)) {
        this.plan = this.sections;
        this.buildNavs(this.sections);
      }
    }
    const { tools } = this.host;
    tools.show(
      this.article,
      this.body.element,
      this.sections.map((s) => s.heading),
      this.sections.map((s) => s.entry.text),
    );
    this.host.whole(this);
  }
}
