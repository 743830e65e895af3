// The article body editor: Tiptap (ProseMirror) with a small toolbar of what the server keeps
// (headings, bold/italic, lists, quotes, links). It edits HTML; the server sanitises what it gets.
import {
  BoldOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Flex, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { value?: string; onChange?: (html: string) => void };

export function RichTextEditor({ value = '', onChange }: Props) {
  const { t } = useTranslation('content');
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        codeBlock: false,
        code: false,
        link: {
          openOnClick: false,
          protocols: ['http', 'https'],
          HTMLAttributes: { rel: 'noopener noreferrer nofollow' },
        },
      }),
    ],
    content: value,
    onUpdate: ({ editor: e }) => onChange?.(e.getHTML()),
  });
  // A value loaded after the editor started (an existing article) replaces the empty body once.
  useEffect(() => {
    if (editor && value && editor.isEmpty) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });
  if (!editor) return null;
  const chain = () => editor.chain().focus();
  const tool = (key: keyof NonNullable<typeof state>, icon: ReactNode, run: () => void) => (
    <Tooltip title={t(`toolbar.${key}`)}>
      <Button
        size="small"
        type={state?.[key] ? 'primary' : 'text'}
        aria-label={t(`toolbar.${key}`)}
        aria-pressed={state?.[key] ?? false}
        icon={icon}
        onClick={run}
      />
    </Tooltip>
  );
  const setLink = () => {
    const href = window.prompt(t('toolbar.linkPrompt'), editor.getAttributes('link').href ?? 'https://');
    if (href === null) return;
    if (!/^https?:\/\/\S+$/i.test(href)) chain().unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href }).run();
  };
  return (
    <div className="hy-rte">
      <Flex gap={4} wrap className="hy-rte-toolbar" role="toolbar">
        {tool('h2', <span className="hy-rte-h">H2</span>, () => chain().toggleHeading({ level: 2 }).run())}
        {tool('h3', <span className="hy-rte-h">H3</span>, () => chain().toggleHeading({ level: 3 }).run())}
        {tool('bold', <BoldOutlined />, () => chain().toggleBold().run())}
        {tool('italic', <ItalicOutlined />, () => chain().toggleItalic().run())}
        {tool('bullet', <UnorderedListOutlined />, () => chain().toggleBulletList().run())}
        {tool('ordered', <OrderedListOutlined />, () => chain().toggleOrderedList().run())}
        {tool('quote', <span className="hy-rte-h">“ ”</span>, () => chain().toggleBlockquote().run())}
        {tool('link', <LinkOutlined />, setLink)}
        <Tooltip title={t('toolbar.undo')}>
          <Button
            size="small"
            type="text"
            aria-label={t('toolbar.undo')}
            icon={<UndoOutlined />}
            onClick={() => chain().undo().run()}
          />
        </Tooltip>
        <Tooltip title={t('toolbar.redo')}>
          <Button
            size="small"
            type="text"
            aria-label={t('toolbar.redo')}
            icon={<RedoOutlined />}
            onClick={() => chain().redo().run()}
          />
        </Tooltip>
      </Flex>
      <EditorContent editor={editor} className="hy-rte-body hy-article" />
    </div>
  );
}
