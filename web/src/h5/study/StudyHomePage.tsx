// 学习: the three study channels (权威发布, 学习动态, 学习资料) and my favourites, as tabs over one
// list: pinned first, newest first, more on demand (a weak signal loads twenty at a time).
import { ContentChannels } from '@hongyun/contracts';
import { Button, SearchBar, Tabs, Tag } from 'antd-mobile';
import { PlayOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadFailed, PageLoading } from '../shell/states.tsx';
import { type FeedTab, useFeed } from './queries.ts';
import './strings.ts';
import './study.css';

const TABS: FeedTab[] = [...ContentChannels, 'favourites'];

export function StudyHomePage() {
  const { t, i18n } = useTranslation('study');
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((x) => x === params.get('tab')) ?? 'authoritative') as FeedTab;
  const [q, setQ] = useState('');
  const feed = useFeed(tab, q);
  const items = feed.data?.pages.flatMap((p) => p.data) ?? [];
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en' : 'zh-CN');

  return (
    <div className="hy-m-page hy-study">
      <h1 className="hy-m-page-title">{t('title')}</h1>
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })}>
        {TABS.map((key) => (
          <Tabs.Tab key={key} title={t(`channels.${key}`)} />
        ))}
      </Tabs>
      {tab !== 'favourites' && (
        <SearchBar className="hy-study-search" placeholder={t('search')} onSearch={setQ} onClear={() => setQ('')} />
      )}
      {feed.isPending && <PageLoading />}
      {feed.error && <LoadFailed error={feed.error} onRetry={() => feed.refetch()} />}
      {!feed.isPending && !feed.error && items.length === 0 && (
        <p className="hy-m-card hy-m-note" role="status">
          {tab === 'favourites' ? t('noFavourites') : t('empty')}
        </p>
      )}
      <ul className="hy-study-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link to={`/m/study/${item.id}`} className="hy-m-card hy-study-item">
              <h2>
                {item.isPinned && tab !== 'favourites' && (
                  <Tag color="danger" className="hy-study-pin">
                    {t('pinned')}
                  </Tag>
                )}
                {item.kind !== 'article' && (
                  <Tag color={item.kind === 'video' ? 'primary' : 'success'} className="hy-study-pin">
                    {t(`kinds.${item.kind}`)}
                  </Tag>
                )}
                {item.title}
              </h2>
              {item.posterUrl && (
                <div className="hy-study-poster">
                  <img src={item.posterUrl} alt="" loading="lazy" />
                  <span className="hy-study-play" aria-hidden>
                    <PlayOutline />
                  </span>
                </div>
              )}
              {item.summary && <p className="hy-study-summary">{item.summary}</p>}
              <p className="hy-study-meta">
                {item.orgName} · {date(item.publishedAt)}
              </p>
            </Link>
          </li>
        ))}
      </ul>
      {feed.hasNextPage && (
        <Button block size="large" loading={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
          {t('more')}
        </Button>
      )}
    </div>
  );
}

export { StudyHomePage as Component };
