// What an ecosystem is: the network's nine principles and what ecosystems bring.
import { AboutContent } from '../../features/about/about-content';
import { usePageTitle } from '../../ui/page-title';

export function AboutPage() {
  usePageTitle('What is an ecosystem?');
  return (
    <article className="page page--narrow" aria-labelledby="page-title">
      <h1 id="page-title">What is a digital health ecosystem?</h1>
      <AboutContent />
    </article>
  );
}
