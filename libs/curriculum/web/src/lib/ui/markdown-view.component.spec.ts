import { TestBed } from '@angular/core/testing';
import { MarkdownViewComponent } from './markdown-view.component';

describe('MarkdownViewComponent', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    // Angular warns (in dev mode) each time the sanitizer strips something; that is the point.
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => {
    warn.mockRestore();
    delete (window as { __pwned?: boolean }).__pwned;
  });

  async function render(markdown: string): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MarkdownViewComponent);
    fixture.componentRef.setInput('markdown', markdown);
    await fixture.whenStable();
    const body = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.lms-markdown');
    if (!body) throw new Error('no rendered body');
    return body;
  }

  it('renders Markdown: headings, emphasis, lists, quotes and links', async () => {
    const body = await render(
      '## Set and setting\n\n> Demo material.\n\n- **Set**: mindset\n- *Setting*: room\n\n[SAMHSA](https://www.samhsa.gov/)',
    );
    expect(body.querySelector('h2')?.textContent).toBe('Set and setting');
    expect(body.querySelector('blockquote')?.textContent?.trim()).toBe('Demo material.');
    expect(body.querySelectorAll('li')).toHaveLength(2);
    expect(body.querySelector('strong')?.textContent).toBe('Set');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('https://www.samhsa.gov/');
  });

  it('never renders a second h1: a # heading in a body becomes an h2', async () => {
    const body = await render('# Title inside the body\n\n### Detail');
    expect(body.querySelector('h1')).toBeNull();
    expect(body.querySelector('h2')?.textContent).toBe('Title inside the body');
    expect(body.querySelector('h3')?.textContent).toBe('Detail');
  });

  it('strips <script> elements, on* handlers and javascript: URLs', async () => {
    const body = await render(
      [
        'Before',
        '',
        '<script>window.__pwned = true</script>',
        '',
        '<img src="x" onerror="window.__pwned = true" alt="broken">',
        '',
        '<a href="javascript:window.__pwned = true" onclick="window.__pwned = true">click</a>',
        '',
        '[md link](javascript:alert(1))',
      ].join('\n'),
    );
    expect(body.querySelector('script')).toBeNull();
    expect(body.innerHTML).not.toContain('__pwned = true</script>');
    const img = body.querySelector('img');
    expect(img).not.toBeNull();
    expect(img?.getAttribute('onerror')).toBeNull();
    for (const link of Array.from(body.querySelectorAll('a'))) {
      expect(link.getAttribute('onclick')).toBeNull();
      expect(link.getAttribute('href') ?? '').not.toMatch(/^javascript:/);
    }
    expect(body.textContent).toContain('Before');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('updates when the Markdown changes (live preview)', async () => {
    const fixture = TestBed.createComponent(MarkdownViewComponent);
    fixture.componentRef.setInput('markdown', 'One');
    await fixture.whenStable();
    fixture.componentRef.setInput('markdown', 'Two');
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('Two');
  });
});
